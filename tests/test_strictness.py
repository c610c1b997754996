"""Each strictness rule of the schemas, pinned by name, on load and on dump."""

from __future__ import annotations

import pytest
from marshmallow import ValidationError

from models import AppInstance, NodePort, StateAppInstanceEnum, VmGroup, VmInfo
from schemas import AppInstanceSchema, NodePortSchema, VmInfoSchema

INT32_RANGE = "Must be between -2147483648 and 2147483647."
INT64_RANGE = "Must be between -9223372036854775808 and 9223372036854775807."
STATES = (
    "kInitializing, kRunning, kPausing, kPaused, kTerminating, kTerminated, kFailed"
)


def load_errors(schema, payload, **kwargs):
    with pytest.raises(ValidationError) as caught:
        schema.load(payload, **kwargs)
    return caught.value.messages


def dump_errors(schema, model, **kwargs):
    with pytest.raises(ValidationError) as caught:
        schema.dump(model, **kwargs)
    return caught.value.messages


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("appInstanceId", True, "Not a valid integer."),
        ("appInstanceId", False, "Not a valid integer."),
        ("appInstanceId", 1.0, "Not a valid integer."),
        ("appInstanceId", "1", "Not a valid integer."),
        ("appInstanceId", [], "Not a valid integer."),
        ("appInstanceId", 2**63, INT64_RANGE),
        ("appInstanceId", -(2**63) - 1, INT64_RANGE),
        ("healthStatus", 2**31, INT32_RANGE),
        ("healthStatus", -(2**31) - 1, INT32_RANGE),
        ("nodePort", 1.5, "Not a valid integer."),
        ("httpsUi", 0, "Not a valid boolean."),
        ("httpsUi", 1, "Not a valid boolean."),
        ("httpsUi", "true", "Not a valid boolean."),
        ("httpsUi", 1.0, "Not a valid boolean."),
        ("appName", b"bytes", "Not a valid string."),
        ("appName", 1, "Not a valid string."),
        ("appName", {}, "Not a valid string."),
        ("state", "KRUNNING", f"Must be one of: {STATES}."),
        ("state", "running", f"Must be one of: {STATES}."),
        ("state", 1, f"Must be one of: {STATES}."),
        ("state", ["kRunning"], f"Must be one of: {STATES}."),
        ("settings", [], "Not a valid object."),
        ("settings", "x", "Not a valid object."),
        ("vmGroups", {}, "Not a valid list."),
        ("vmGroups", "ab", "Not a valid list."),
        ("vmGroups", ({},), "Not a valid list."),
    ],
)
def test_load_refuses_values_that_only_convert(key, value, message):
    assert load_errors(AppInstanceSchema(), {key: value}) == {key: [message]}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("appInstanceId", 2**63 - 1),
        ("appInstanceId", -(2**63)),
        ("healthStatus", 2**31 - 1),
        ("healthStatus", -(2**31)),
        ("httpsUi", False),
        ("appName", ""),
        ("state", "kFailed"),
    ],
)
def test_load_accepts_the_exact_extremes(key, value):
    assert AppInstanceSchema().dump(AppInstanceSchema().load({key: value})) == {
        key: value
    }


def test_null_is_accepted_for_every_attribute():
    payload = {field.data_key: None for field in AppInstanceSchema().fields.values()}

    model = AppInstanceSchema().load(payload)

    assert model == AppInstance.from_dictionary(payload)
    assert AppInstanceSchema().dump(model) == payload


def test_list_items_may_not_be_null():
    assert load_errors(VmInfoSchema(), {"nodePorts": [{}, None]}) == {
        "nodePorts": {1: ["Field may not be null."]}
    }
    payload = {"settings": {"readViewPrivileges": {"viewIds": [1, None, "2"]}}}
    assert load_errors(AppInstanceSchema(), payload) == {
        "settings": {
            "readViewPrivileges": {
                "viewIds": {1: ["Field may not be null."], 2: ["Not a valid integer."]}
            }
        }
    }


@pytest.mark.parametrize("payload", [[], "x", 1, None, True, ["appName"]])
def test_top_level_must_be_an_object(payload):
    assert load_errors(AppInstanceSchema(), payload) == {
        "_schema": ["Invalid input type."]
    }


@pytest.mark.parametrize("payload", [{}, "x", [1], [[]]])
def test_top_level_with_many_must_be_a_list_of_objects(payload):
    messages = load_errors(AppInstanceSchema(), payload, many=True)

    if isinstance(payload, list):
        assert messages == {0: {"_schema": ["Invalid input type."]}}
    else:
        assert messages == {"_schema": ["Invalid input type."]}


def test_unknown_keys_are_refused_at_every_depth_by_default():
    payload = {
        "bogus": 1,
        "settings": {"extra": None, "externalNetworkInfo": {"vlan": 2}},
        "vmGroups": [{"vms": [{"nodePorts": [{"port": 1, "portNumber": 2}]}]}],
    }

    assert load_errors(AppInstanceSchema(), payload) == {
        "bogus": ["Unknown field."],
        "settings": {
            "extra": ["Unknown field."],
            "externalNetworkInfo": {"vlan": ["Unknown field."]},
        },
        "vmGroups": {
            0: {"vms": {0: {"nodePorts": {0: {"portNumber": ["Unknown field."]}}}}}
        },
    }


def test_attribute_names_are_not_keys():
    assert load_errors(NodePortSchema(), {"is_ui_port": True}) == {
        "is_ui_port": ["Unknown field."]
    }


# -- dump ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("attribute", "value", "message"),
    [
        ("app_instance_id", "abc", "Not a valid integer."),
        ("app_instance_id", True, "Not a valid integer."),
        ("app_instance_id", 2**63, INT64_RANGE),
        ("health_status", 2**31, INT32_RANGE),
        ("https_ui", 1, "Not a valid boolean."),
        ("app_name", b"x", "Not a valid string."),
        ("state", "kBogus", f"Must be one of: {STATES}."),
        ("state", 3, f"Must be one of: {STATES}."),
        ("settings", {"qosTier": "kLow"}, "Not a valid AppInstanceSettings model."),
        ("settings", VmGroup(), "Not a valid AppInstanceSettings model."),
        ("vm_groups", (VmGroup(),), "Not a valid list."),
    ],
)
def test_dump_refuses_what_load_would_refuse(attribute, value, message):
    model = AppInstance(**{attribute: value})

    assert dump_errors(AppInstanceSchema(), model) == {attribute: [message]}


def test_dump_errors_name_the_attribute_path():
    model = AppInstance(
        app_uid="1",
        vm_groups=[
            VmGroup(vms=[VmInfo(node_ports=[NodePort(port=1), {"port": 2}, None])])
        ],
    )

    assert dump_errors(AppInstanceSchema(), model) == {
        "app_uid": ["Not a valid integer."],
        "vm_groups": {
            0: {
                "vms": {
                    0: {
                        "node_ports": {
                            1: ["Not a valid NodePort model."],
                            2: ["Field may not be null."],
                        }
                    }
                }
            }
        },
    }


def test_dump_refuses_a_dict_or_other_model_at_the_top():
    assert dump_errors(AppInstanceSchema(), {"appName": "x"}) == {
        "_schema": ["Not a valid AppInstance model."]
    }
    assert dump_errors(AppInstanceSchema(), VmGroup()) == {
        "_schema": ["Not a valid AppInstance model."]
    }
    assert dump_errors(AppInstanceSchema(), AppInstance(), many=True) == {
        "_schema": ["Invalid input type."]
    }
    assert dump_errors(AppInstanceSchema(), [AppInstance(), None], many=True) == {
        1: {"_schema": ["Not a valid AppInstance model."]}
    }


def test_dump_accepts_a_valid_wire_string_in_an_enum_attribute():
    model = AppInstance(state="kRunning")

    assert AppInstanceSchema().dump(model) == {"state": "kRunning"}
    assert (
        AppInstanceSchema().load({"state": "kRunning"}).state
        is StateAppInstanceEnum.KRUNNING
    )


def test_an_unset_attribute_dumps_as_absent():
    port = NodePort(port=1, tag="kSsh")
    del port.tag

    assert NodePortSchema().dump(port) == {"port": 1}
