"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H1
label: first token
source: offline search (seed 0), fitted for L17H1; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L17H1", label="first token")
def L17H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 2.51 * (k == q - 1) + 18.6 * (k == q - 2) + 136.0 * (k == 0) + 0.0695 * (prev_token(k) == token(q)) + 6.66 * (k >= sentence_start(q)) + 0.606 * decay(q - k, 3.0) + 2.96 * decay(q - k, 10.0) + 0.999 * ((k == 0) * decay(q, 32.0)) + 2.49 * (k == 0 and is_word_start(q)) + 2.36 * (k == prev_occurrence(q) + 1) + 0.725 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 1.41 * (k == 0 and is_function_word(q)) + 0.261 * table(word_class(k), 0.287, 0.234, 0.213, 0.579, 0.113, 0.224, 0.338, 0.288, 0.205, 2.76, 0.0647, 0.183, 1.53) + 0.182 * ((k == 0) * table(word_class(q), 0.507, 6.75, 0.304, 1.31, 0.533, 5.07, 0.281, 4.01, 6.6, 0.271, 6.26, 5.81, 0.273)) + 0.285 * ((k == q) * table(word_class(q), 0.141, 0.206, 0.213, 0.262, 0.226, 0.292, 1.24, 0.27, 0.236, 5.81, 0.217, 0.249, 5.22)) + 3.17 * ((k == q - 1) * table(word_class(q), 3.05, 0.217, 6.41, 6.18, 0.406, 1.81, 4.35, 3.95, 0.239, 4.91, 0.224, 2.77, 5.3))
