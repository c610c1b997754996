"""The schema of the VmGroup model."""

from models.vm_group import VmGroup
from schemas.base import ModelSchema


class VmGroupSchema(ModelSchema):
    """Loads and dumps VmGroup payloads.

    Load gives :class:`~models.vm_group.VmGroup` models.
    """

    class Meta:
        model = VmGroup
