"""The one exception kg reports to users: its message is a single line, shown without a traceback."""


class KgError(Exception):
    pass
