"""
headprog: 1
features: v2
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H5
label: explanation ladder
source: ladder of L17H5.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6918 rung2_heldout_iou=0.7122 rung5_heldout_iou=0.7224 full_heldout_iou=0.7236 uniform_heldout_iou=0.0997
"""


@program(normalize="weights", fallback="first", head="L17H5", label="1 term")
def L17H5_1(q, k):
    """Rung 1 of L17H5: first token (sink). Held-out IoU 0.692"""
    return 275.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L17H5", label="2 terms")
def L17H5_2(q, k):
    """Rung 2 of L17H5: first token (sink) + induction. Held-out IoU 0.712"""
    return 412.0 * (k == 0) + 81.1 * (k == prev_occurrence(q) + 1)


@program(normalize="weights", fallback="first", head="L17H5", label="5 terms")
def L17H5_5(q, k):
    """Rung 5 of L17H5: first token (sink) + induction + local window + local window + first token (sink). Held-out IoU 0.722"""
    return 275.0 * (k == 0) + 0.574 * decay(q - k, 3.0) + 0.853 * decay(q - k, 10.0) + 77.0 * (k == 0 and is_word_start(q)) + 65.4 * (k == prev_occurrence(q) + 1)
