"""
headprog: 1
features: v3
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L0H3
label: explanation ladder
source: ladder of L0H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5254 rung2_heldout_iou=0.5290 rung3_heldout_iou=0.5301 rung5_heldout_iou=0.5324 rung8_heldout_iou=0.5341 full_heldout_iou=0.5708 uniform_heldout_iou=0.3964
"""


@program(normalize="softmax", fallback="first", head="L0H3", label="1 term")
def L0H3_1(q, k):
    """Rung 1 of L0H3: local window. Held-out IoU 0.525"""
    return 3.87 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L0H3", label="2 terms")
def L0H3_2(q, k):
    """Rung 2 of L0H3: local window + local window. Held-out IoU 0.529"""
    return 0.846 * decay(q - k, 3.0) + 2.79 * decay(q - k, 10.0)


@program(normalize="softmax", fallback="first", head="L0H3", label="3 terms")
def L0H3_3(q, k):
    """Rung 3 of L0H3: local window + local window + token sink ' '. Held-out IoU 0.530. Token sinks: sink ' '"""
    return 0.844 * decay(q - k, 3.0) + 2.82 * decay(q - k, 10.0) + 0.891 * (token(k) == 216)


@program(normalize="softmax", fallback="first", head="L0H3", label="5 terms")
def L0H3_5(q, k):
    """Rung 5 of L0H3: local window + local window + token sink ' ' + word-class preference + word-class preference. Held-out IoU 0.532. Token sinks: sink ' '"""
    return 0.292 * is_capitalized(k) + -0.502 * is_digit(k) + 0.87 * decay(q - k, 3.0) + 2.8 * decay(q - k, 10.0) + 0.566 * (token(k) == 216)


@program(normalize="softmax", fallback="first", head="L0H3", label="8 terms")
def L0H3_8(q, k):
    """Rung 8 of L0H3: local window + local window + token sink ' ' + word-class preference + word-class preference + word-class preference + rare or new tokens + broad (near uniform). Held-out IoU 0.534. Token sinks: sink ' '"""
    return 0.293 * is_capitalized(k) + -0.585 * is_digit(k) + 0.977 * decay(q - k, 3.0) + 2.4 * decay(q - k, 10.0) + 1.01 * decay(q - k, 100.0) + -0.364 * (rarity(k) / 16.0) + 0.215 * (k < q and word_class(k) == word_class(q)) + 0.481 * (token(k) == 216)
