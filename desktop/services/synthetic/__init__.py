"""Synthetic organisations and project histories, for benchmarks and demonstrations."""

from desktop.services.synthetic.generator import GenerateResult, generate

__all__ = ["GenerateResult", "generate"]
