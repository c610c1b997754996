"""The schema of the AppInstanceSettings model."""

from models.app_instance_settings import AppInstanceSettings
from schemas.base import ModelSchema


class AppInstanceSettingsSchema(ModelSchema):
    """Loads and dumps AppInstanceSettings payloads.

    Load gives :class:`~models.app_instance_settings.AppInstanceSettings` models.
    """

    class Meta:
        model = AppInstanceSettings
