"""
headprog: 1
features: v2
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L22H4
label: explanation ladder
source: ladder of L22H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6504 rung3_heldout_iou=0.6966 rung5_heldout_iou=0.7008 rung8_heldout_iou=0.7039 full_heldout_iou=0.7159 uniform_heldout_iou=0.1445
"""


@program(normalize="weights", fallback="first", head="L22H4", label="1 term")
def L22H4_1(q, k):
    """Rung 1 of L22H4: first token (sink). Held-out IoU 0.650"""
    return 20.4 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L22H4", label="3 terms")
def L22H4_3(q, k):
    """Rung 3 of L22H4: first token (sink) + first token (sink) + sentence start. Held-out IoU 0.697"""
    return 206.0 * (k == 0) + 1.53 * (k >= sentence_start(q)) + 27.6 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L22H4", label="5 terms")
def L22H4_5(q, k):
    """Rung 5 of L22H4: first token (sink) + first token (sink) + sentence start + current token + first token (sink). Held-out IoU 0.701"""
    return 2.34 * (k == q) + 206.0 * (k == 0) + 1.5 * (k >= sentence_start(q)) + 16.2 * ((k == 0) * decay(q, 32.0)) + 27.8 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L22H4", label="8 terms")
def L22H4_8(q, k):
    """Rung 8 of L22H4: first token (sink) + first token (sink) + sentence start + current token + first token (sink) + induction + local window + previous token. Held-out IoU 0.704"""
    return 1.58 * (k == q) + 0.105 * (k == q - 1) + 170.0 * (k == 0) + 1.38 * (k >= sentence_start(q)) + 0.188 * decay(q - k, 10.0) + 16.8 * ((k == 0) * decay(q, 32.0)) + 28.3 * (k == 0 and is_word_start(q)) + 3.15 * (k == prev_occurrence(q) + 1)
