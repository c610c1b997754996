"""The schema of the AppInstance model."""

from models.app_instance import AppInstance
from schemas.base import ModelSchema


class AppInstanceSchema(ModelSchema):
    """Loads and dumps AppInstance payloads.

    Load gives :class:`~models.app_instance.AppInstance` models.
    """

    class Meta:
        model = AppInstance
