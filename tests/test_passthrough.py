"""Pass-through mode: unknown keys kept at every depth, dumped back where they were."""

from __future__ import annotations

import pytest
from marshmallow import EXCLUDE, INCLUDE, RAISE, ValidationError

from models import AppInstance
from schemas import AppInstanceSchema, VmGroupSchema

NEWER_CLUSTER = {
    "appName": "demo",
    "deploymentParameters": [{"name": "replicas", "value": "3"}],
    "exposedNodePorts": [30001, 30002],
    "uiClusterIPSvcAddr": "10.0.0.7",
    "uiClusterIPSvcPort": 8443,
    "upgradableNewerVersionPresent": True,
    "settings": {"qosTier": "kHigh", "gpuCount": 0},
    "vmGroups": [
        {
            "name": "g",
            "vms": [{"name": "vm", "nodePorts": [{"port": 1, "proto": "tcp"}]}],
        }
    ],
}


@pytest.mark.parametrize("where", ["constructor", "load"])
def test_include_keeps_unknown_keys_at_every_depth(where):
    if where == "constructor":
        model = AppInstanceSchema(unknown=INCLUDE).load(NEWER_CLUSTER)
    else:
        model = AppInstanceSchema().load(NEWER_CLUSTER, unknown=INCLUDE)

    assert model.model_extra == {
        "deploymentParameters": [{"name": "replicas", "value": "3"}],
        "exposedNodePorts": [30001, 30002],
        "uiClusterIPSvcAddr": "10.0.0.7",
        "uiClusterIPSvcPort": 8443,
        "upgradableNewerVersionPresent": True,
    }
    assert model.settings.model_extra == {"gpuCount": 0}
    assert model.vm_groups[0].vms[0].node_ports[0].model_extra == {"proto": "tcp"}
    assert AppInstanceSchema().dump(model) == NEWER_CLUSTER


def test_an_unknown_key_spelled_like_an_attribute_does_not_replace_it():
    payload = {
        "appName": "real",
        "app_name": "impostor",
        "vmGroups": [{"name": "g", "vms": None}],
    }

    model = AppInstanceSchema(unknown=INCLUDE).load(payload)

    assert model.app_name == "real"
    assert model.model_extra == {"app_name": "impostor"}
    assert AppInstanceSchema().dump(model) == payload


def test_exclude_drops_unknown_keys_at_every_depth():
    model = AppInstanceSchema(unknown=EXCLUDE).load(NEWER_CLUSTER)

    assert AppInstanceSchema().dump(model) == {
        "appName": "demo",
        "settings": {"qosTier": "kHigh"},
        "vmGroups": [
            {"name": "g", "vms": [{"name": "vm", "nodePorts": [{"port": 1}]}]}
        ],
    }


def test_raise_is_the_default_and_load_can_override_the_constructor():
    with pytest.raises(ValidationError):
        AppInstanceSchema().load(NEWER_CLUSTER)
    with pytest.raises(ValidationError) as caught:
        AppInstanceSchema(unknown=INCLUDE).load(NEWER_CLUSTER, unknown=RAISE)

    assert caught.value.messages["settings"] == {"gpuCount": ["Unknown field."]}
    assert (
        AppInstanceSchema(unknown=EXCLUDE)
        .load(NEWER_CLUSTER, unknown=INCLUDE)
        .model_extra
    )


def test_a_nested_schema_on_its_own_uses_its_own_mode():
    group = {"name": "g", "color": "red"}

    assert VmGroupSchema(unknown=INCLUDE).load(group).model_extra == {"color": "red"}
    with pytest.raises(ValidationError):
        VmGroupSchema().load(group)


def test_include_with_many_keeps_keys_per_item():
    loaded = AppInstanceSchema(many=True, unknown=INCLUDE).load(
        [{"a": 1}, {"b": 2}, {}]
    )

    assert [m.model_extra for m in loaded] == [{"a": 1}, {"b": 2}, {}]
    assert AppInstanceSchema(many=True).dump(loaded) == [{"a": 1}, {"b": 2}, {}]


def test_include_still_validates_known_keys():
    with pytest.raises(ValidationError) as caught:
        AppInstanceSchema(unknown=INCLUDE).load(
            {"newKey": 1, "settings": {"qosTier": "kFast"}}
        )

    assert caught.value.messages == {
        "settings": {"qosTier": ["Must be one of: kLow, kMedium, kHigh, kMax."]}
    }


def test_kept_keys_can_be_edited_and_are_dumped_after_the_attributes():
    model = AppInstance.from_dictionary({"zeta": 1, "appName": "a"}, unknown="include")
    model.model_extra["alpha"] = 2

    assert list(model.to_dictionary()) == ["appName", "zeta", "alpha"]


@pytest.mark.parametrize("fast", [True, False])
def test_a_mode_that_is_not_one_of_the_three_is_a_programming_error(monkeypatch, fast):
    from schemas import fastpath

    monkeypatch.setattr(fastpath, "ENABLED", fast)

    with pytest.raises(ValueError, match="unknown must be one of"):
        AppInstanceSchema().load({}, unknown="keep")
    with pytest.raises(ValueError, match="unknown must be one of"):
        AppInstance.from_dictionary({}, unknown="keep")
