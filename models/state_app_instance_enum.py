"""The StateAppInstanceEnum enum."""

from models.base import WireEnum


class StateAppInstanceEnum(WireEnum):
    """Operational state of an app instance.

    ``KTERRMINATED`` is an alias of ``KTERMINATED``: the source SDK spells the
    member that way, and code written against it keeps working.
    """

    KINITIALIZING = "kInitializing", "Launched or resumed, not fully running yet."
    KRUNNING = "kRunning", "Running; health_status tells whether it is healthy."
    KPAUSING = "kPausing", "Being paused."
    KPAUSED = "kPaused", "Paused."
    KTERMINATING = "kTerminating", "Being terminated."
    KTERMINATED = "kTerminated", "Terminated."
    KFAILED = "kFailed", "Failed with an unrecoverable error; state_detail says why."
    # The source SDK's spelling; an alias, so it is the same member.
    KTERRMINATED = KTERMINATED
