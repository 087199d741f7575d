"""moderation.neighbours: the nearest-training-prompt index and the rule that confirms moderate head scores."""

from __future__ import annotations

import numpy as np
import pytest

from moderation.neighbours import NeighbourIndex, confirm

CATS = ("sexual", "violence", "self_harm")


def _index() -> NeighbourIndex:
    # Four training rows on the axes of a 3-d space: two violent ones near x, a self-harm one near y, an allowed
    # one near z. Rows are given unnormalised; build() makes them unit length.
    vectors = np.array([[2.0, 0.1, 0.0], [1.0, 0.0, 0.1], [0.0, 3.0, 0.0], [0.0, 0.0, 5.0]])
    labels = np.array([[0, 1, 0], [0, 1, 0], [0, 0, 1], [0, 0, 0]])
    return NeighbourIndex.build(vectors, labels, CATS, "abc")


def test_build_normalises_rows_and_the_harm_share_counts_disallowed_neighbours() -> None:
    index = _index()
    assert np.allclose(np.linalg.norm(index.vectors, axis=1), 1.0)
    queries = np.array([[5.0, 0.0, 0.0], [0.0, 0.2, 1.0], [0.0, 0.0, 1.0]])
    share = index.harm_share(queries, k=2)
    assert share.tolist() == [1.0, 0.5, 0.5]  # two violent rows; the allowed row and the self-harm row (twice)
    assert index.harm_share(queries[2:], k=1).tolist() == [0.0]  # only the allowed row
    assert index.harm_share(np.zeros((0, 3)), k=2).shape == (0,)


def test_bad_k_and_mismatched_arrays_are_clear_errors() -> None:
    index = _index()
    with pytest.raises(ValueError, match="k must be 1-4"):
        index.harm_share(np.ones((1, 3)), k=5)
    with pytest.raises(ValueError, match="do not match"):
        NeighbourIndex.build(np.ones((4, 3)), np.ones((3, 3)), CATS)
    with pytest.raises(ValueError, match="no training rows"):
        NeighbourIndex.build(np.ones((0, 3)), np.ones((0, 3)), CATS)


def test_save_and_load_round_trip(tmp_path) -> None:
    index = _index()
    path = tmp_path / "neighbours.npz"
    index.save(path)
    again = NeighbourIndex.load(path)
    assert again.categories == CATS and again.source_sha256 == "abc"
    assert np.abs(again.vectors - index.vectors).max() < 1e-3  # stored as float16
    assert (again.labels == index.labels).all()


def test_confirm_holds_only_unconfirmed_moderate_fires() -> None:
    thresholds = np.array([0.5, 0.5, 0.5])
    probs = np.array([
        [0.70, 0.70, 0.70],  # moderate everywhere
        [0.95, 0.30, 0.50],  # confident, below threshold, exactly at threshold
    ])
    share = np.array([0.1, 0.0])  # 1 and 0 of 10 neighbours are disallowed
    kept, held = confirm(probs, share, thresholds, min_share=0.2, confirm_below=0.9)
    assert held.tolist() == [[True, True, True], [False, False, True]]
    assert kept.tolist() == [[0.49, 0.49, 0.49], [0.95, 0.30, 0.49]]  # held at threshold - 0.01: no fire
    kept, held = confirm(probs, np.array([0.2, 0.3]), thresholds, 0.2, 0.9)  # enough harm nearby: all count
    assert not held.any() and (kept == probs).all()
    # An exempt category (minors: stricter by policy) is never held back.
    kept, held = confirm(probs, share, thresholds, 0.2, 0.9, exempt=np.array([True, False, False]))
    assert not held[:, 0].any() and kept[0, 0] == 0.70
