"""What the pictures of one consortium are drawn from, read in one go off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.database import Database
from desktop.models.queries.picture_data import Network, consortium_network
from desktop.models.queries.proposal_data import MemberRow
from desktop.services.exporting.proposal import Proposal, load_proposal

__all__ = ["ConsortiumPictureData", "MemberRow", "load_picture_data"]


@dataclass(frozen=True)
class ConsortiumPictureData:
    proposal: Proposal
    network: Network


def load_picture_data(database: Database, consortium_id: int) -> ConsortiumPictureData:
    """The consortium's members, competences and shared projects."""
    proposal = load_proposal(database, consortium_id)
    with database.transaction() as session:
        network = consortium_network(session, consortium_id)
    return ConsortiumPictureData(proposal, network)
