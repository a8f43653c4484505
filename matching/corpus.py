"""Organisations and projects as arrays, for scoring everything at once.

Organisations are addressed by position (0..n-1) inside matching; ids appear only at the edges.
The membership matrix (organisations x projects) turns "who worked with whom" into sparse
matrix products: shared projects with the seeds are ``M @ (w * (M.T @ seeds))``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from scipy import sparse

from matching.model import Organisation, Project

RECENCY_HALF_LIFE_YEARS = 5.0


class Corpus:
    def __init__(
        self, organisations: Sequence[Organisation], projects: Sequence[Project], current_year: int
    ) -> None:
        self.organisations = list(organisations)
        self.projects = list(projects)
        self.position = {org.id: i for i, org in enumerate(self.organisations)}
        rows, cols = [], []
        for column, project in enumerate(self.projects):
            for member in set(project.members):
                row = self.position.get(member)
                if row is not None:
                    rows.append(row)
                    cols.append(column)
        shape = (len(self.organisations), len(self.projects))
        data = np.ones(len(rows), dtype=np.float32)
        self.membership = sparse.csr_matrix((data, (rows, cols)), shape=shape)
        self.membership_t = self.membership.T.tocsr()
        years = np.array(
            [
                p.start_year if p.start_year is not None else current_year - 10
                for p in self.projects
            ],
            dtype=np.float32,
        )
        age = np.clip(current_year - years, 0, None)
        self.project_recency = np.power(0.5, age / RECENCY_HALF_LIFE_YEARS).astype(np.float32)
        self.project_count = np.asarray(self.membership.sum(axis=1)).ravel()
        project_size = np.asarray(self.membership.sum(axis=0)).ravel()
        # A shared project says more the fewer partners it had (as in the resource-allocation
        # index of link prediction).
        self.project_intimacy = (1.0 / np.log1p(np.maximum(project_size, 1))).astype(np.float32)
        self.latest_recency = self._latest_recency()
        self.kind = np.array([org.kind for org in self.organisations])
        self.type = np.array([org.type for org in self.organisations])
        self.country = np.array([org.country for org in self.organisations])
        self.province = np.array([org.province or "" for org in self.organisations])
        self.is_sme = np.array([bool(org.is_sme) for org in self.organisations])
        self.set_open_consortia({org.id: org.open_consortia for org in self.organisations})
        self.topsectors = Incidence([org.topsectors for org in self.organisations])
        self.technologies = Incidence([org.technologies for org in self.organisations])
        self.missions = Incidence([org.missions for org in self.organisations])
        self.clusters = Incidence([org.clusters for org in self.organisations])

    def _latest_recency(self) -> np.ndarray:
        """Recency of each organisation's latest project; 0 without projects."""
        if not self.projects:
            return np.zeros(len(self.organisations), dtype=np.float32)
        weighted = self.membership.multiply(self.project_recency[np.newaxis, :]).tocsr()
        return np.asarray(weighted.max(axis=1).todense(), dtype=np.float32).ravel()

    def set_open_consortia(self, counts: Mapping[int, int]) -> None:
        """How many open consortia each organisation (by id) is in: the load, which changes more
        often than anything else and so can be refreshed without rebuilding the corpus."""
        self.open_consortia = np.array(
            [counts.get(org.id, 0) for org in self.organisations], dtype=np.float32
        )

    def __len__(self) -> int:
        return len(self.organisations)

    def positions(self, ids: Sequence[int]) -> list[int]:
        return [self.position[i] for i in ids if i in self.position]

    def indicator(self, positions: Sequence[int]) -> np.ndarray:
        vector = np.zeros(len(self.organisations), dtype=np.float32)
        vector[list(positions)] = 1.0
        return vector

    def spread(self, vector: np.ndarray, project_weights: np.ndarray | None = None) -> np.ndarray:
        """For every organisation, the (weighted) number of projects shared with ``vector``."""
        per_project = self.membership_t @ vector
        if project_weights is not None:
            per_project = per_project * project_weights
        return self.membership @ per_project

    def to_projects(self, project_scores: np.ndarray) -> np.ndarray:
        """Sum of project scores over each organisation's projects."""
        return self.membership @ project_scores

    def shared_projects(self, a: int, b: int) -> list[int]:
        """Project positions that organisations at positions ``a`` and ``b`` share."""
        first = set(
            self.membership.indices[self.membership.indptr[a] : self.membership.indptr[a + 1]]
        )
        second = self.membership.indices[self.membership.indptr[b] : self.membership.indptr[b + 1]]
        return sorted(first.intersection(second.tolist()))

    def projects_of(self, position: int) -> np.ndarray:
        return self.membership.indices[
            self.membership.indptr[position] : self.membership.indptr[position + 1]
        ]


class Incidence:
    """Which organisations carry which codes (topsectors, missions, ...), as a sparse matrix."""

    def __init__(self, sets: Sequence[frozenset[str]]) -> None:
        self.column = {code: i for i, code in enumerate(sorted(set().union(*sets)))} if sets else {}
        rows = [row for row, codes in enumerate(sets) for _ in codes]
        cols = [self.column[code] for codes in sets for code in codes]
        data = np.ones(len(rows), dtype=np.float32)
        self.matrix = sparse.csr_matrix((data, (rows, cols)), shape=(len(sets), len(self.column)))

    def having(self, codes: Sequence[str]) -> np.ndarray:
        """For every organisation, how many of ``codes`` it carries."""
        vector = np.zeros(len(self.column), dtype=np.float32)
        for code in codes:
            if code in self.column:
                vector[self.column[code]] = 1.0
        return self.matrix @ vector
