"""The schema of the UserSshKey model."""

from models.user_ssh_key import UserSshKey
from schemas.base import ModelSchema


class UserSshKeySchema(ModelSchema):
    """Loads and dumps UserSshKey payloads.

    Load gives :class:`~models.user_ssh_key.UserSshKey` models.
    """

    class Meta:
        model = UserSshKey
