"""Shared test setup: hypothesis profiles and the reference data.

``HYPOTHESIS_PROFILE=fuzz`` (the ``fuzz`` tox env) runs every property test with many
more examples than the default profile, which keeps ``tox`` quick.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default",
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "fuzz",
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
