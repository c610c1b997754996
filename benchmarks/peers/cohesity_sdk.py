"""The source SDK's generated models, as its users call them.

``AppInstance.from_dictionary`` builds the model tree without checking any type;
``APIHelper.to_dictionary`` writes it back, every attribute included.
"""

from __future__ import annotations

import warnings

from peers import Implementation, Unavailable

try:
    # The SDK's api_helper compares strings with "is", which warns when compiled.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)
        from cohesity_management_sdk.api_helper import APIHelper
        from cohesity_management_sdk.models.app_instance import AppInstance
except ImportError as error:
    raise Unavailable(f"cohesity-management-sdk is not installed: {error}") from error


def build() -> Implementation:
    from_dictionary = AppInstance.from_dictionary
    to_dictionary = APIHelper.to_dictionary
    return Implementation(
        name="cohesity-management-sdk",
        load=lambda payloads: [from_dictionary(payload) for payload in payloads],
        dump=lambda models: [to_dictionary(model) for model in models],
        note=(
            "`AppInstance.from_dictionary(payload)` per payload,"
            " `APIHelper.to_dictionary(model)` per model"
        ),
    )
