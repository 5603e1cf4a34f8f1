"""The project's one exception type: every failure names the file, and the line where it can."""

from __future__ import annotations


class BriefError(Exception):
    """A problem in the brief's input, reported with its file and line.

    ``problems`` holds every problem found when a check collected several, so that one run
    can list them all (``brief check``); ``str()`` gives them one a line.
    """

    def __init__(self, message: str, file: str | None = None, line: int | None = None):
        self.message = message
        self.file = file
        self.line = line
        self.problems: tuple[BriefError, ...] = (self,)
        super().__init__(self.location() + message)

    def location(self) -> str:
        if not self.file:
            return ""
        return f"{self.file}:{self.line}: " if self.line else f"{self.file}: "

    @classmethod
    def collect(cls, problems: list[BriefError]) -> BriefError:
        """One error standing for several, so a caller can raise them together."""
        if len(problems) == 1:
            return problems[0]
        err = cls("\n".join(str(p) for p in problems))
        err.problems = tuple(problems)
        return err

    def __str__(self) -> str:
        if len(self.problems) > 1:
            return "\n".join(str(p) for p in self.problems)
        return self.location() + self.message
