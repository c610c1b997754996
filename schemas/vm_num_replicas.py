"""The schema of the VmNumReplicas model."""

from models.vm_num_replicas import VmNumReplicas
from schemas.base import ModelSchema


class VmNumReplicasSchema(ModelSchema):
    """Loads and dumps VmNumReplicas payloads.

    Load gives :class:`~models.vm_num_replicas.VmNumReplicas` models.
    """

    class Meta:
        model = VmNumReplicas
