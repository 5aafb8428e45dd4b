"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H7
label: explanation ladder
source: ladder of L23H7.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.7684 rung2_heldout_iou=0.7911 rung3_heldout_iou=0.7935 full_heldout_iou=0.7939 uniform_heldout_iou=0.1084
"""


@program(normalize="weights", fallback="first", head="L23H7", label="1 term")
def L23H7_1(q, k):
    """Rung 1 of L23H7: first token (sink). Held-out IoU 0.768"""
    return 615.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L23H7", label="2 terms")
def L23H7_2(q, k):
    """Rung 2 of L23H7: first token (sink) + word-class preference. Held-out IoU 0.791. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.783, 1.76, 0.0561, 0.101, 0.058, 0.119, 0.0656, 0.184, 0.0834, 0.336, 0.0601, 1.65, 0.147)
    return key_class + 610.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L23H7", label="3 terms")
def L23H7_3(q, k):
    """Rung 3 of L23H7: first token (sink) + word-class preference + sentence start. Held-out IoU 0.793. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.703, 1.7, 0.0499, 0.0994, 0.0529, 0.111, 0.0625, 0.182, 0.0779, 0.343, 0.0574, 1.6, 0.15)
    return key_class + 697.0 * (k == 0) + 0.598 * (k >= sentence_start(q))
