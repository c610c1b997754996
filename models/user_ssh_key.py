"""The UserSshKey model."""

from __future__ import annotations

from typing import Optional

from models.base import STRING, Model, attribute


class UserSshKey(Model):
    """A user name and the SSH public key to install for that user in the instance's
    VMs.
    """

    ssh_key: Optional[str] = attribute(
        "sshKey",
        STRING,
        "SSH public key to install for the user.",
        secret=True,
    )
    username: Optional[str] = attribute("username", STRING, "Name of the user to add.")
