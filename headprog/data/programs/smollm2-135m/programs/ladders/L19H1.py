"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H1
label: explanation ladder
source: ladder of L19H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3273 rung2_heldout_iou=0.5833 rung3_heldout_iou=0.5922 full_heldout_iou=0.6028 uniform_heldout_iou=0.3029
"""


@program(normalize="weights", fallback="first", head="L19H1", label="1 term")
def L19H1_1(q, k):
    """Rung 1 of L19H1: first token (sink). Held-out IoU 0.327"""
    return 56.8 * (k == 0)


@program(normalize="weights", fallback="first", head="L19H1", label="2 terms")
def L19H1_2(q, k):
    """Rung 2 of L19H1: first token (sink) + local window. Held-out IoU 0.583"""
    return 57.4 * (k == 0) + 4.55 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L19H1", label="3 terms")
def L19H1_3(q, k):
    """Rung 3 of L19H1: first token (sink) + local window + word-class preference. Held-out IoU 0.592. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.201, 0.767, 0.0362, 0.18, 0.0243, 0.0214, 0.198, 0.111, 0.0426, 1.23, 0.0281, 0.297, 0.852)
    return key_class + 56.8 * (k == 0) + 4.35 * decay(q - k, 10.0)
