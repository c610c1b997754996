"""The schema of the NodePort model."""

from models.node_port import NodePort
from schemas.base import ModelSchema


class NodePortSchema(ModelSchema):
    """Loads and dumps NodePort payloads.

    Load gives :class:`~models.node_port.NodePort` models.
    """

    class Meta:
        model = NodePort
