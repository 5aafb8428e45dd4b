"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H2
label: first token
source: offline search (seed 0), fitted for L24H2; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L24H2", label="first token")
def L24H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 2.87 * (k == q - 2) + 1170.0 * (k == 0) + 4.02 * (k >= sentence_start(q)) + 0.0313 * is_punct(k) + 2.11 * is_sentence_end(k) + 2.16 * decay(q - k, 1.0) + 2.15 * decay(q - k, 3.0) + 0.762 * ((k == 0) * decay(q, 32.0)) + 23.6 * (k == 0 and is_word_start(q)) + 0.678 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 3.12 * (k == last(is_function_word, q) + 1) + 0.751 * (k == 0 and is_function_word(q)) + 1.34 * table(word_class(k), 0.775, 1.67, 0.14, 0.202, 0.515, 0.301, 0.168, 0.323, 0.151, 0.218, 0.09, 0.987, 0.229) + 1.12 * ((k == 0) * table(word_class(q), 5.11, 3.17, 2.0, 2.67, 2.45, 2.16, 1.75, 0.438, 2.31, 0.394, 3.61, 3.37, 0.483)) + 10.1 * ((k == q) * table(word_class(q), 0.453, 0.566, 0.401, 0.373, 0.519, 0.55, 1.44, 3.41, 1.04, 5.0, 0.331, 0.398, 3.17)) + 10.2 * ((k == q - 1) * table(word_class(q), 0.301, 0.408, 0.42, 0.371, 0.489, 0.664, 1.04, 4.85, 0.571, 5.24, 0.312, 0.328, 3.11))
