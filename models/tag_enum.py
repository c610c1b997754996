"""The TagEnum enum."""

from models.base import WireEnum


class TagEnum(WireEnum):
    """Kind of service behind a node port."""

    KDEFAULT = "kDefault", "No particular service."
    KHTTP = "kHttp", "HTTP server."
    KHTTPS = "kHttps", "HTTPS server."
    KSSH = "kSsh", "SSH server."
