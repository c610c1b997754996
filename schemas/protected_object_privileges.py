"""The schema of the ProtectedObjectPrivileges model."""

from models.protected_object_privileges import ProtectedObjectPrivileges
from schemas.base import ModelSchema


class ProtectedObjectPrivilegesSchema(ModelSchema):
    """Loads and dumps ProtectedObjectPrivileges payloads.

    Load gives
    :class:`~models.protected_object_privileges.ProtectedObjectPrivileges` models.
    """

    class Meta:
        model = ProtectedObjectPrivileges
