"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L4H8
label: token sink
source: offline search (seed 0), fitted for L4H8
scores: synthesis_iou=0.6696 heldout_iou=0.5533 heldout_js=0.3499 n_heldout=32 heldout_iou_passage=0.4327 heldout_iou_sentence=0.6740
"""


@program(normalize="weights", fallback="first", head="L4H8", label="token sink")
def L4H8(q, k):
    """Token sinks: first ' '; first ' the'; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0306, 0.0139, 0.153, 0.0731, 0.0802, 0.0611, 0.572, 0.136, 0.108, 0.615, 0.0239, 0.0322, 0.345)
    first_by_class = table(word_class(q), 10.4, 17.5, 1.1, 4.02, 4.77, 0.31, 0.792, 5.07, 2.61, 2.95, 0.338, 5.35, 4.18)
    self_by_class = table(word_class(q), 0.0822, 0.101, 5.62, 4.46, 0.224, 5.87, 11.5, 1.33, 10.9, 15.2, 0.196, 0.152, 5.4)
    prev_by_class = table(word_class(q), 0.11, 0.112, 6.37, 1.36, 0.396, 1.89, 16.1, 5.42, 0.501, 0.25, 0.193, 0.16, 0.595)
    return 0.0641 * (k == q) + 21.6 * (k == 0) + 0.482 * (k >= sentence_start(q)) + 0.198 * (k == 1) + 71.2 * ((k == 0) * decay(q, 32.0)) + 9.49 * (k == 0 and is_word_start(q)) + 2.07 * (k == prev_occurrence(q) + 1) + 0.0169 * (k < q and word_class(k) == word_class(q)) + key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 60.8 * (token(k) == 260) + 76.9 * (token(k) == 260 and count(k) == 1) + 2.3 * (token(k) == 216) + 110.0 * (token(k) == 216 and count(k) == 1)
