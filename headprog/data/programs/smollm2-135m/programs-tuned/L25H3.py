"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H3
label: first token
source: offline search (seed 0), fitted for L25H3; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L25H3", label="first token")
def L25H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 7.96 * (k == q) + 0.0845 * (k == q - 1) + 2.39 * (k == q - 2) + 444.0 * (k == 0) + 2.92 * (k >= sentence_start(q)) + 0.759 * decay(q - k, 1.0) + 1.96 * decay(q - k, 3.0) + 0.977 * ((k == 0) * decay(q, 32.0)) + 2.46 * (k == 0 and is_word_start(q)) + 9.97 * (k == q and is_word_start(q)) + 2.55 * (k == last(is_function_word, q)) + 24.9 * (k == 0 and is_function_word(q)) + 1.01 * table(word_class(k), 0.0507, 0.044, 0.0897, 0.0849, 0.0427, 0.0651, 0.125, 0.241, 0.0582, 1.04, 0.0291, 0.0282, 0.505) + 1.4 * ((k == 0) * table(word_class(q), 1.78, 3.55, 4.61, 2.32, 3.89, 1.85, 1.0, 0.325, 1.62, 1.48, 4.37, 3.92, 1.73)) + 1.34 * ((k == q) * table(word_class(q), 25.8, 0.392, 0.277, 6.07, 0.267, 1.49, 1.98, 5.09, 6.28, 5.91, 0.25, 0.29, 1.95)) + 8.8 * ((k == q - 1) * table(word_class(q), 2.91, 0.232, 0.265, 7.43, 0.309, 0.625, 2.76, 5.26, 1.05, 0.486, 0.24, 0.302, 0.589))
