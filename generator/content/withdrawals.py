"""The guard against losing a site by mistake: a build that would withdraw more published articles
than a deliberate deletion usually does stops before anything is written (unless confirmed)."""

from __future__ import annotations

from .ledger import Assignment, Entry


class TooManyWithdrawals(Exception):
    """A build would withdraw more articles than a deliberate deletion usually does."""

    def __init__(self, gone: tuple[Entry, ...], published: int) -> None:
        self.gone = gone
        listed = "".join(f"\n  {e.id}  {e.file}  {e.title}" for e in gone)
        super().__init__(
            f"this build would withdraw {len(gone)} of {published} published articles (their texts are not in "
            f"the corpus folder){listed}\nif that is what you want (and the corpus folder is the right one), "
            "build again with --allow-withdrawals (serve takes it too)"
        )


MAX_WITHDRAWALS = 20
WITHDRAWAL_SHARE = 0.10


def check_withdrawals(assignment: Assignment, allow: bool) -> None:
    """More than 10 % of the published articles, or more than 20, gone at once is more likely a wrong
    folder or a half-copied corpus than a decision: stop before anything is written."""
    gone, published = assignment.withdrawn, assignment.previously_active
    if gone and len(gone) > min(MAX_WITHDRAWALS, published * WITHDRAWAL_SHARE) and not allow:
        raise TooManyWithdrawals(gone, published)
