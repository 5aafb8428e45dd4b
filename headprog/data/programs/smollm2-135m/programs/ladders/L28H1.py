"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H1
label: explanation ladder
source: ladder of L28H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.8312 rung2_heldout_iou=0.8504 rung3_heldout_iou=0.8518 rung5_heldout_iou=0.8522 full_heldout_iou=0.8522 uniform_heldout_iou=0.0984
"""


@program(normalize="weights", fallback="first", head="L28H1", label="1 term")
def L28H1_1(q, k):
    """Rung 1 of L28H1: first token (sink). Held-out IoU 0.831"""
    return 651.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L28H1", label="2 terms")
def L28H1_2(q, k):
    """Rung 2 of L28H1: first token (sink) + word-class preference. Held-out IoU 0.850. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.2, 0.627, 0.307, 0.309, 0.215, 0.156, 0.288, 0.166, 0.107, 0.371, 0.0634, 0.629, 0.272)
    return key_class + 750.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L28H1", label="3 terms")
def L28H1_3(q, k):
    """Rung 3 of L28H1: first token (sink) + word-class preference + sentence start. Held-out IoU 0.852. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.16, 0.592, 0.288, 0.293, 0.178, 0.136, 0.218, 0.165, 0.0883, 0.352, 0.0611, 0.622, 0.254)
    return key_class + 772.0 * (k == 0) + 0.398 * (k >= sentence_start(q))


@program(normalize="weights", fallback="first", head="L28H1", label="5 terms")
def L28H1_5(q, k):
    """Rung 5 of L28H1: first token (sink) + word-class preference + sentence start + current token + first token (sink). Held-out IoU 0.852. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 1.2, 0.602, 0.292, 0.298, 0.181, 0.138, 0.225, 0.165, 0.0896, 0.425, 0.0612, 0.626, 0.323)
    return key_class + 0.736 * (k == q) + 742.0 * (k == 0) + 0.404 * (k >= sentence_start(q)) + 117.0 * (k == 0 and is_word_start(q))
