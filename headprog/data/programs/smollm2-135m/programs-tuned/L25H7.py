"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H7
label: first token
source: offline search (seed 0), fitted for L25H7; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L25H7", label="first token")
def L25H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.43 * (k == q) + 0.272 * (k == q - 1) + 4.66 * (k == q - 2) + 557.0 * (k == 0) + 0.115 * (k >= sentence_start(q)) + 0.418 * decay(q - k, 1.0) + 1.7 * decay(q - k, 3.0) + 8.88 * ((k == 0) * decay(q, 32.0)) + 6.23 * (k == 0 and is_word_start(q)) + 0.566 * (k == q and is_word_start(q)) + 0.337 * (k == last(is_function_word, q)) + 0.11 * (k == 0 and is_function_word(q)) + 0.196 * table(word_class(k), 0.317, 0.175, 0.114, 0.179, 0.101, 0.0873, 0.226, 0.718, 0.0952, 1.0, 0.0453, 0.105, 0.162) + 5.63 * ((k == 0) * table(word_class(q), 3.37, 5.14, 0.881, 0.471, 0.631, 0.257, 0.283, 0.451, 0.686, 1.01, 4.02, 5.12, 4.6)) + 0.232 * ((k == q) * table(word_class(q), 5.57, 0.368, 1.33, 1.79, 1.44, 2.54, 5.38, 2.56, 2.43, 4.38, 0.689, 0.308, 0.274)) + 9.92 * ((k == q - 1) * table(word_class(q), 0.405, 0.235, 1.37, 2.34, 5.17, 23.9, 5.2, 1.78, 10.5, 0.715, 0.324, 0.261, 0.275))
