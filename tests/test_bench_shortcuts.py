"""Shortcuts taken for speed (issue 10) give the answers of the long way."""

from __future__ import annotations

import pytest

from examgen.script import is_traditional, script_lean

_TEXTS = [
    ["容器编排与调度", "命名空间"],  # simplified only
    ["資料庫正規化", "遞移相依"],  # traditional only
    ["資料庫正規化", "数据库", "关系"],  # more simplified-only characters than traditional
    ["資料庫", "遞移相依", "数据"],  # more traditional-only characters
    ["Kubernetes Pod", "CNM"],  # no Chinese at all
    ["中文", "人口"],  # characters common to both scripts only
]


@pytest.mark.parametrize("texts", _TEXTS)
def test_is_traditional_is_a_positive_script_lean(texts):
    assert is_traditional(texts) == (script_lean(texts) > 0)
