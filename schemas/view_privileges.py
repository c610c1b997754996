"""The schema of the ViewPrivileges model."""

from models.view_privileges import ViewPrivileges
from schemas.base import ModelSchema


class ViewPrivilegesSchema(ModelSchema):
    """Loads and dumps ViewPrivileges payloads.

    Load gives :class:`~models.view_privileges.ViewPrivileges` models.
    """

    class Meta:
        model = ViewPrivileges
