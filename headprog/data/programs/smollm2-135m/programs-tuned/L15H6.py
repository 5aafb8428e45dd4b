"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H6
label: first token
source: offline search (seed 0), fitted for L15H6; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L15H6", label="first token")
def L15H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.333 * (k == q - 1) + 0.282 * (k == q - 2) + 0.101 * (k == q - 3) + 374.0 * (k == 0) + 0.236 * (k == last(is_punct, q) + 1) + 0.0339 * (k >= sentence_start(q)) + 0.763 * is_sentence_end(k) + 0.144 * decay(q - k, 3.0) + 0.0553 * decay(q - k, 10.0) + 31.0 * ((k == 0) * decay(q, 32.0)) + 7.93 * (k == 0 and is_word_start(q)) + 0.222 * (k == last(is_function_word, q)) + 1.74 * table(word_class(k), 0.246, 0.479, 0.288, 0.202, 0.247, 0.266, 0.346, 0.488, 0.424, 0.754, 0.0964, 0.519, 2.71) + 0.831 * ((k == 0) * table(word_class(q), 4.64, 3.72, 1.52, 0.305, 3.15, 2.24, 0.736, 1.21, 1.93, 1.75, 3.71, 2.17, 2.32)) + 0.354 * ((k == q) * table(word_class(q), 13.9, 4.18, 2.02, 5.2, 4.38, 5.05, 6.09, 4.9, 3.7, 5.21, 1.08, 19.1, 3.22)) + 6.32 * ((k == q - 1) * table(word_class(q), 0.183, 0.28, 0.951, 1.9, 0.669, 0.498, 0.748, 0.393, 0.39, 0.317, 0.314, 0.347, 0.494))
