"""Errors a user can cause: each carries one line for stderr and an exit code."""


class BriefingError(Exception):
    """A problem the user can fix (bad file, bad config, missing model, ...).

    The command line prints `str(error)` as one line on stderr and exits with
    `exit_code`; no traceback.
    """

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code
