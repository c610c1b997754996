"""The model classes: construction as the source documentation shows, equality, repr."""

from __future__ import annotations

import inspect
import logging

import pytest
from marshmallow import ValidationError

import models
from models import (
    AppInstance,
    AppInstanceSettings,
    NodePort,
    StateAppInstanceEnum,
    TagEnum,
    UserSshKey,
    VmGroup,
)
from tests.reference import ENUMS, MODELS, model_class


@pytest.mark.parametrize("name", sorted(MODELS))
def test_constructor_takes_the_reference_attributes_in_order_defaulting_to_none(name):
    parameters = inspect.signature(model_class(name)).parameters

    assert [(p.name, p.default) for p in parameters.values()] == [
        (attr["attribute"], None) for attr in MODELS[name]["attributes"]
    ]


def test_positional_construction_works_as_in_the_sdk():
    port = NodePort(True, 8080, TagEnum.KHTTP)

    assert (port.is_ui_port, port.port, port.tag) == (True, 8080, TagEnum.KHTTP)


def test_models_live_in_modules_named_as_the_source_pages():
    for name, spec in MODELS.items():
        assert model_class(name).__module__ == f"models.{spec['module']}"
    for name, spec in ENUMS.items():
        assert getattr(models, name).__module__ == f"models.{spec['module']}"


def test_from_dictionary_of_none_is_none_and_of_empty_is_an_empty_model():
    assert AppInstance.from_dictionary(None) is None
    assert AppInstance.from_dictionary({}) == AppInstance()
    assert (
        AppInstance.from_dictionary({"settings": {}}).settings == AppInstanceSettings()
    )


def test_from_dictionary_validates():
    with pytest.raises(ValidationError) as caught:
        AppInstance.from_dictionary({"appUid": "12"})

    assert caught.value.messages == {"appUid": ["Not a valid integer."]}


def test_from_dictionary_keeps_unknown_keys_when_asked():
    model = AppInstance.from_dictionary({"exposedNodePorts": [1]}, unknown="include")

    assert model.model_extra == {"exposedNodePorts": [1]}
    assert model.to_dictionary() == {"exposedNodePorts": [1]}
    assert (
        AppInstance.from_dictionary({"exposedNodePorts": [1]}, unknown="exclude")
        == AppInstance()
    )


def test_to_dictionary_gives_the_payload():
    model = AppInstance(app_name="a", vm_groups=[VmGroup(name="g", vms=[])])

    assert model.to_dictionary() == {
        "appName": "a",
        "vmGroups": [{"name": "g", "vms": []}],
    }


def test_equality_is_by_type_and_value_including_nested_models():
    assert AppInstance(vm_groups=[VmGroup(name="g")]) == AppInstance(
        vm_groups=[VmGroup(name="g")]
    )
    assert AppInstance(vm_groups=[VmGroup(name="g")]) != AppInstance(
        vm_groups=[VmGroup(name="h")]
    )
    assert VmGroup(name="g") != {"name": "g"}
    assert AppInstance() != AppInstanceSettings()


def test_enum_member_and_wire_string_are_equal_values():
    assert AppInstance(state="kRunning") == AppInstance(
        state=StateAppInstanceEnum.KRUNNING
    )


def test_explicit_null_and_kept_unknown_keys_take_part_in_equality():
    # Equal exactly when the two would dump to the same payload.
    assert AppInstance.from_dictionary({"appName": None}) != AppInstance()
    assert AppInstance.from_dictionary(
        {"appName": None}
    ) == AppInstance.from_dictionary({"appName": None})
    kept = AppInstance.from_dictionary({"newKey": 1}, unknown="include")
    assert kept != AppInstance()
    assert kept == AppInstance.from_dictionary({"newKey": 1}, unknown="include")


def test_an_explicit_null_overwritten_by_a_value_no_longer_counts():
    model = AppInstance.from_dictionary({"appName": None})
    model.app_name = "x"

    assert model == AppInstance(app_name="x")
    assert model.to_dictionary() == {"appName": "x"}


def test_model_nulls_sends_explicit_nulls():
    model = AppInstance(app_name="x")
    model.model_nulls = {"description"}

    assert model.to_dictionary() == {"appName": "x", "description": None}
    with pytest.raises(ValueError, match="not attributes of AppInstance"):
        model.model_nulls = {"appName"}


def test_models_are_not_hashable_because_they_are_mutable():
    with pytest.raises(TypeError):
        hash(AppInstance())


def test_models_refuse_attributes_they_do_not_declare():
    with pytest.raises(AttributeError):
        AppInstance().app_nmae = "typo"  # type: ignore[attr-defined]


def test_repr_shows_the_payload_attributes_and_masks_secrets():
    model = AppInstance(
        app_access_token="tok-123",
        app_name="demo",
        user_ssh_key=UserSshKey(ssh_key="ssh-rsa AAAA", username="admin"),
    )

    assert repr(model) == (
        "AppInstance(app_access_token='***', app_name='demo', "
        "user_ssh_key=UserSshKey(ssh_key='***', username='admin'))"
    )


def test_repr_lists_unknown_key_names_not_their_values():
    model = AppInstance.from_dictionary({"newToken": "s3cr3t"}, unknown="include")

    assert repr(model) == "AppInstance(model_extra=<keys ['newToken']>)"


def test_secrets_never_reach_errors_or_logs(caplog):
    caplog.set_level(logging.DEBUG)
    payload = {
        "appAccessToken": "tok-123",
        "userSshKey": {"sshKey": "ssh-rsa AAAA"},
        "appUid": "x",
    }

    with pytest.raises(ValidationError) as caught:
        AppInstance.from_dictionary(payload)
    bad = AppInstance(app_access_token=b"tok-123", user_ssh_key=UserSshKey(ssh_key=7))
    with pytest.raises(ValidationError) as caught_dump:
        bad.to_dictionary()

    for text in (str(caught.value), str(caught_dump.value), caplog.text, repr(bad)):
        assert "tok-123" not in text
        assert "AAAA" not in text
    assert caught_dump.value.messages == {
        "app_access_token": ["Not a valid string."],
        "user_ssh_key": {"ssh_key": ["Not a valid string."]},
    }


def test_docstring_reads_like_the_source_page():
    paragraphs = AppInstance.__doc__.split("\n\n")

    assert paragraphs[0] == "Implementation of the 'AppInstance' model."
    assert " ".join(paragraphs[1].split()) == (
        "Everything the cluster reports about one running (or stopped) instance "
        "of an app."
    )
    attributes = paragraphs[2].splitlines()
    assert attributes[0] == "Attributes:"
    assert attributes[2] == (
        "    app_instance_id (long|int): Id of this instance, unique across all "
        "instances of all apps."
    )
    assert attributes[-1].startswith("    vm_groups (list of VmGroup): ")


@pytest.mark.parametrize("name", sorted(MODELS))
def test_docstring_has_the_reference_summary_and_every_attribute(name):
    doc = model_class(name).__doc__
    assert " ".join(doc.split("\n\n")[1].split()) == MODELS[name]["summary"]
    for attr in MODELS[name]["attributes"]:
        assert f"    {attr['attribute']} ({attr['doc_type']}): {attr['meaning']}" in doc


def test_a_schema_subclass_does_not_take_over_its_models_schema():
    from marshmallow import post_load

    import schemas
    from schemas.base import schema_class_for

    class LoudNodePortSchema(schemas.NodePortSchema):
        @post_load
        def shout(self, model, **kwargs):
            raise AssertionError("the subclass ran")

    assert schema_class_for(NodePort) is schemas.NodePortSchema
    assert NodePort.from_dictionary({"port": 1}) == NodePort(port=1)
    assert schemas.VmInfoSchema().load({"nodePorts": [{"port": 1}]}).node_ports == [
        NodePort(port=1)
    ]


def test_pickle_and_deepcopy_keep_nulls_and_unknown_keys():
    import copy
    import pickle

    payload = {"appName": "a", "description": None, "newKey": {"x": [1]}}
    model = AppInstance.from_dictionary(payload, unknown="include")

    for clone in (pickle.loads(pickle.dumps(model)), copy.deepcopy(model)):
        assert clone == model
        assert clone.to_dictionary() == payload
