"""Progress and summaries for long-running management commands."""


class Progress:
    """Reports "label: done/total (percent)" as work advances: on one rewritten line in a
    terminal, every tenth of the way otherwise (logs, CI)."""

    def __init__(self, stdout, label, total):
        self.stdout, self.label, self.total = stdout, label, total
        self.done = 0
        self.interactive = stdout.isatty() if hasattr(stdout, "isatty") else False
        self.next_report = 0

    def advance(self, step=1):
        self.done += step
        percent = 100 * self.done // self.total if self.total else 100
        if self.interactive:
            self.stdout.write(f"\r{self.label}: {self.done}/{self.total} ({percent}%)", ending="")
            if self.done >= self.total:
                self.stdout.write("")
        elif percent >= self.next_report or self.done >= self.total:
            self.stdout.write(f"{self.label}: {self.done}/{self.total} ({percent}%)")
            self.next_report = percent - percent % 10 + 10
