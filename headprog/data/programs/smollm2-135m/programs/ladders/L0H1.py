"""
headprog: 1
features: v3
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L0H1
label: explanation ladder
source: ladder of L0H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5529 rung2_heldout_iou=0.5603 rung3_heldout_iou=0.5629 rung5_heldout_iou=0.5707 rung8_heldout_iou=0.5765 full_heldout_iou=0.6074 uniform_heldout_iou=0.5527
"""


@program(normalize="softmax", fallback="first", head="L0H1", label="1 term")
def L0H1_1(q, k):
    """Rung 1 of L0H1: punctuation. Held-out IoU 0.553"""
    return 0.67 * is_punct(k)


@program(normalize="softmax", fallback="first", head="L0H1", label="2 terms")
def L0H1_2(q, k):
    """Rung 2 of L0H1: punctuation + rare or new tokens. Held-out IoU 0.560"""
    return 0.304 * is_punct(k) + -0.882 * (rarity(k) / 16.0)


@program(normalize="softmax", fallback="first", head="L0H1", label="3 terms")
def L0H1_3(q, k):
    """Rung 3 of L0H1: punctuation + rare or new tokens + word-class preference. Held-out IoU 0.563"""
    return 0.384 * is_punct(k) + -0.34 * is_capitalized(k) + -0.616 * (rarity(k) / 16.0)


@program(normalize="softmax", fallback="first", head="L0H1", label="5 terms")
def L0H1_5(q, k):
    """Rung 5 of L0H1: punctuation + rare or new tokens + word-class preference + word-class preference + word-class preference. Held-out IoU 0.571"""
    return 0.184 * is_punct(k) + -0.37 * is_capitalized(k) + -0.954 * is_digit(k) + -1.24 * (rarity(k) / 16.0) + 0.119 * (k < q and word_class(k) == word_class(q))


@program(normalize="softmax", fallback="first", head="L0H1", label="8 terms")
def L0H1_8(q, k):
    """Rung 8 of L0H1: punctuation + rare or new tokens + word-class preference + word-class preference + word-class preference + local window + local window + token sink ' '. Held-out IoU 0.577. Token sinks: sink ' '"""
    return 0.199 * is_punct(k) + -0.328 * is_capitalized(k) + -0.879 * is_digit(k) + 0.4 * decay(q - k, 3.0) + 0.2 * decay(q - k, 30.0) + -1.11 * (rarity(k) / 16.0) + 0.126 * (k < q and word_class(k) == word_class(q)) + -0.0113 * (token(k) == 216)
