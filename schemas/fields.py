"""The strict marshmallow fields every schema is built from.

Each field accepts exactly what the API sends and nothing that merely converts to it:
no numeric strings for integers, no ``1`` for ``true``, no bytes for strings. The same
checks run on dump, so a model holding a value that load would refuse is refused too,
with a :class:`~marshmallow.ValidationError` instead of a bare ``ValueError``. Error
texts live in each field's ``default_error_messages`` and never quote the value.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Callable, Optional

from marshmallow import ValidationError, fields
from marshmallow_enum import EnumField

from models.base import Model, WireEnum

__all__ = [
    "CheckedBothWays",
    "StrictBoolean",
    "StrictEnum",
    "StrictInteger",
    "StrictList",
    "StrictNested",
    "StrictString",
]


class CheckedBothWays:
    """Mixin: load and dump both run the field's :meth:`check`, so dump refuses what
    load would; None (an allowed null) dumps as None."""

    def check(self, value: Any) -> Any:
        """Returns the value to load or dump; raises ValidationError if invalid."""
        raise NotImplementedError

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> Any:
        return self.check(value)

    def _serialize(self, value: Any, attr: Any, obj: Any, **kwargs: Any) -> Any:
        return None if value is None else self.check(value)


class StrictInteger(CheckedBothWays, fields.Integer):
    """A JSON integer within the range of a signed integer of ``bits`` bits.

    ``bool`` and ``float`` (even ``1.0``) and numeric strings are refused.

    Args:
        bits (int): 32 or 64.
    """

    default_error_messages = {
        "invalid": "Not a valid integer.",
        "range": "Must be between {min} and {max}.",
    }

    def __init__(self, bits: int, **kwargs: Any) -> None:
        super().__init__(strict=True, **kwargs)
        self.bits = bits
        self.min = -(2 ** (bits - 1))
        self.max = 2 ** (bits - 1) - 1

    def check(self, value: Any) -> Any:
        """Returns ``value`` if it is an in-range ``int``; raises otherwise."""
        # `type() is int` rather than isinstance: it also refuses bool in one test.
        if type(value) is not int:
            raise self.make_error("invalid")
        if value < self.min or value > self.max:
            raise self.make_error("range", min=self.min, max=self.max)
        return value


class StrictBoolean(CheckedBothWays, fields.Boolean):
    """A JSON ``true`` or ``false``; ``0``, ``1`` and ``"true"`` are refused."""

    default_error_messages = {"invalid": "Not a valid boolean."}

    def check(self, value: Any) -> Any:
        """Returns ``value`` if it is ``True`` or ``False``; raises otherwise."""
        if value is True or value is False:
            return value
        raise self.make_error("invalid")


class StrictString(CheckedBothWays, fields.String):
    """A JSON string; bytes and every other type are refused."""

    default_error_messages = {"invalid": "Not a valid string."}

    def check(self, value: Any) -> Any:
        """Returns ``value`` if it is a ``str``; raises otherwise."""
        if isinstance(value, str):
            return value
        raise self.make_error("invalid")


class StrictEnum(CheckedBothWays, EnumField):
    """A JSON string that is one of the wire values of ``enum``; loads the member.

    Built on marshmallow-enum's ``EnumField`` (by value). marshmallow-enum 1.5.1
    reports an unknown value through ``Field.fail``, which marshmallow 4 removed (it
    raised ``AttributeError`` there); :meth:`fail` below restores it on every version.
    Dump accepts a member or its wire string, as SDK code assigns
    ``instance.state = "kRunning"``.
    """

    default_error_messages = {
        "by_value": "Must be one of: {values}.",
        "by_name": "Must be one of: {values}.",
        "must_be_string": "Must be one of: {values}.",
    }

    def __init__(self, enum: type[WireEnum], **kwargs: Any) -> None:
        super().__init__(enum, by_value=True, **kwargs)

    def fail(self, key: str, **kwargs: Any) -> None:
        """Raises the ``key`` error as a ValidationError, on marshmallow 3 and 4."""
        values = ", ".join(self.enum.values())
        raise self.make_error(key, values=values)

    def check(self, value: Any) -> Any:
        """Returns the member for a member or wire string; raises otherwise."""
        if not isinstance(value, str):
            self.fail("by_value")
        return super()._deserialize_by_value(value, None, None)

    def _serialize(self, value: Any, attr: Any, obj: Any, **kwargs: Any) -> Any:
        return None if value is None else self.check(value).value


class StrictList(fields.List):
    """A JSON array (a Python ``list``, nothing else) whose items are never null.

    Errors of the items are keyed by their index, on load and on dump.
    """

    default_error_messages = {"invalid": "Not a valid list."}

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> Any:
        if type(value) is not list:
            raise self.make_error("invalid")
        return super()._deserialize(value, attr, data, **kwargs)

    def _serialize(self, value: Any, attr: Any, obj: Any, **kwargs: Any) -> Any:
        if value is None:
            return None
        if type(value) is not list:
            raise self.make_error("invalid")
        result = []
        errors: dict[int, Any] = {}
        for index, item in enumerate(value):
            try:
                if item is None:
                    raise self.inner.make_error("null")
                result.append(self.inner._serialize(item, attr, obj, **kwargs))
            except ValidationError as error:
                errors[index] = error.messages
        if errors:
            raise ValidationError(errors)
        return result


class StrictNested(fields.Nested):
    """A JSON object loaded into ``model`` by that model's schema.

    The schema is looked up when first used, so the schema modules can be imported in
    any order. Load passes on the unknown-key mode of the schema that holds this field,
    so pass-through mode applies at every depth.

    Args:
        model (type): The model class the object loads into.
        schema_for (callable): Returns the schema class of a model class.
    """

    default_error_messages = {
        "type": "Not a valid object.",
        "model": "Not a valid {model} model.",
    }

    def __init__(
        self,
        model: type[Model],
        schema_for: Callable[[type[Model]], Any],
        **kwargs: Any,
    ) -> None:
        super().__init__(lambda: schema_for(model), **kwargs)
        self.model = model

    def _deserialize(
        self,
        value: Any,
        attr: Optional[str],
        data: Optional[Mapping[str, Any]],
        partial: Any = None,
        **kwargs: Any,
    ) -> Any:
        if not isinstance(value, dict):
            raise self.make_error("type")
        # unknown=None: the nested load takes the mode of the load in progress.
        return self.schema.load(value, partial=partial)

    # The parameter is `value` on marshmallow 3 and `nested_obj` on 4.
    def _serialize(  # type: ignore[override,unused-ignore]
        self, value: Any, attr: Any, obj: Any, **kwargs: Any
    ) -> Any:
        if value is None:
            return None
        if type(value) is not self.model:
            raise self.make_error("model", model=self.model.__name__)
        return self.schema.dump(value)
