"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H0
label: first token
source: offline search (seed 0), fitted for L25H0; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L25H0", label="first token")
def L25H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.778 * (k == q) + 3.11 * (k == q - 1) + 2.69 * (k == q - 2) + 125.0 * (k == 0) + 0.381 * (k >= sentence_start(q)) + 0.733 * decay(q - k, 1.0) + 1.08 * decay(q - k, 3.0) + 7.66 * ((k == 0) * decay(q, 32.0)) + 29.2 * (k == 0 and is_word_start(q)) + 0.695 * (k == q and is_word_start(q)) + 0.296 * (k == last(is_function_word, q)) + 0.148 * (k == 0 and is_function_word(q)) + 1.18 * table(word_class(k), 0.122, 0.0857, 0.0998, 0.251, 0.0735, 0.0943, 0.235, 0.231, 0.0943, 0.63, 0.0241, 0.0585, 0.109) + 3.39 * ((k == 0) * table(word_class(q), 4.25, 5.52, 2.89, 0.485, 0.633, 0.84, 0.293, 0.362, 1.4, 0.251, 5.09, 4.61, 1.3)) + 6.63 * ((k == q) * table(word_class(q), 0.714, 0.21, 0.489, 2.3, 6.07, 8.02, 8.56, 4.95, 3.48, 206.0, 0.199, 0.233, 1.17)) + 8.34 * ((k == q - 1) * table(word_class(q), 0.556, 0.189, 0.487, 7.7, 1.34, 6.65, 10.4, 5.01, 2.74, 5.03, 0.198, 0.304, 1.87))
