"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H8
label: first token
source: offline search (seed 0), fitted for L15H8; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L15H8", label="first token")
def L15H8(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.0308 * (k == q - 1) + 0.632 * (k == q - 2) + 0.933 * (k == q - 3) + 342.0 * (k == 0) + 0.375 * (k == last(is_punct, q) + 1) + 0.291 * (k >= sentence_start(q)) + 4.61 * is_sentence_end(k) + 0.176 * decay(q - k, 3.0) + 11.9 * decay(q - k, 10.0) + 0.499 * ((k == 0) * decay(q, 32.0)) + 0.523 * (k == 0 and is_word_start(q)) + 0.0634 * (k == last(is_function_word, q)) + 0.608 * table(word_class(k), 1.8, 2.84, 0.15, 1.35, 0.196, 0.428, 1.54, 1.34, 0.545, 3.93, 0.0419, 1.15, 5.28) + 3.54 * ((k == 0) * table(word_class(q), 0.453, 5.13, 0.518, 0.279, 2.2, 5.09, 0.285, 2.8, 5.48, 6.11, 6.03, 2.85, 5.3)) + 4.45 * ((k == q) * table(word_class(q), 0.115, 0.195, 0.251, 0.514, 0.183, 0.238, 2.2, 0.273, 0.217, 0.244, 0.206, 0.228, 4.31)) + 1.63 * ((k == q - 1) * table(word_class(q), 0.258, 0.207, 1.52, 4.95, 0.206, 0.249, 2.22, 1.75, 0.222, 0.222, 0.211, 0.949, 0.269))
