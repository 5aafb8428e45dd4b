"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H7
label: first token
source: offline search (seed 0), fitted for L20H7; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L20H7", label="first token")
def L20H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 2.32 * (k == q - 1) + 0.586 * (k == q - 2) + 254.0 * (k == 0) + 1.23 * (k == last(is_word_start, q)) + 10.9 * (prev_token(k) == token(q)) + 3.07 * (k >= sentence_start(q)) + 0.0189 * is_sentence_end(k) + 1.82 * decay(q - k, 3.0) + 0.547 * decay(q - k, 10.0) + 3.04 * ((k == 0) * decay(q, 32.0)) + 10.6 * (k == 0 and is_word_start(q)) + 12.8 * (k == prev_occurrence(q) + 1) + 2.33 * table(word_class(k), 0.0763, 0.0673, 0.0768, 0.154, 0.0958, 0.157, 0.281, 0.208, 0.317, 0.149, 0.164, 0.0911, 0.179) + 0.266 * ((k == 0) * table(word_class(q), 6.7, 3.52, 4.28, 3.08, 3.17, 0.288, 2.51, 0.998, 1.93, 2.51, 3.0, 3.29, 2.46)) + 0.108 * ((k == q) * table(word_class(q), 0.224, 0.34, 0.243, 0.321, 0.33, 8.99, 0.459, 1.81, 1.96, 0.991, 0.284, 0.329, 0.34)) + 10.1 * ((k == q - 1) * table(word_class(q), 0.848, 0.265, 0.227, 0.322, 0.343, 8.33, 0.367, 1.21, 0.607, 0.292, 0.281, 0.296, 0.325))
