"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H3
label: first token
source: offline search (seed 0), fitted for L20H3; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L20H3", label="first token")
def L20H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 1.43 * (k == q - 1) + 2.39 * (k == q - 2) + 278.0 * (k == 0) + 0.446 * (k == last(is_word_start, q)) + 2.6 * (prev_token(k) == token(q)) + 2.51 * (k >= sentence_start(q)) + 1.32 * is_sentence_end(k) + 1.41 * decay(q - k, 3.0) + 0.606 * decay(q - k, 10.0) + 1.04 * ((k == 0) * decay(q, 32.0)) + 16.2 * (k == 0 and is_word_start(q)) + 24.1 * (k == prev_occurrence(q) + 1) + 1.6 * table(word_class(k), 0.224, 0.338, 0.101, 0.165, 0.202, 0.157, 0.297, 0.257, 0.185, 0.144, 0.352, 0.181, 0.177) + 0.594 * ((k == 0) * table(word_class(q), 6.99, 3.59, 3.25, 2.12, 3.53, 1.84, 1.75, 1.19, 2.57, 1.33, 2.72, 3.52, 1.05)) + 0.121 * ((k == q) * table(word_class(q), 0.394, 0.362, 0.378, 0.782, 0.441, 1.87, 1.44, 1.99, 1.12, 5.8, 0.485, 0.349, 4.98)) + 9.68 * ((k == q - 1) * table(word_class(q), 0.208, 0.284, 0.381, 0.481, 0.383, 5.21, 0.564, 1.97, 0.867, 0.387, 0.354, 0.302, 0.399))
