namespace ProdAI.Guardrails.Normalization;

/// <summary>
/// Cyrillic, Greek and Armenian letters that look like Latin ones (after lower-casing), from Unicode's confusables.txt, limited to
/// the letters used to disguise English words. Hand-written as a switch: a full confusables table would pull in data
/// for scripts this folding must not touch.
/// </summary>
internal static class Confusables
{
    public static char Map(char c) => c switch
    {
        // Cyrillic
        'а' => 'a', 'в' => 'b', 'е' => 'e', 'ё' => 'e', 'к' => 'k', 'м' => 'm', 'н' => 'h', 'о' => 'o', 'р' => 'p', 'с' => 'c',
        'т' => 't', 'у' => 'y', 'х' => 'x', 'ѕ' => 's', 'і' => 'i', 'ї' => 'i', 'ј' => 'j', 'ԁ' => 'd', 'һ' => 'h', 'ԛ' => 'q',
        'ԝ' => 'w', 'ӏ' => 'l', 'ɡ' => 'g',
        // Greek
        'α' => 'a', 'β' => 'b', 'ε' => 'e', 'ι' => 'i', 'κ' => 'k', 'ν' => 'v', 'ο' => 'o', 'ρ' => 'p', 'τ' => 't', 'υ' => 'u',
        'χ' => 'x', 'γ' => 'y', 'ϲ' => 'c', 'ϳ' => 'j', 'η' => 'n',
        // Armenian
        'օ' => 'o', 'հ' => 'h', 'ս' => 'u', 'ո' => 'n', 'զ' => 'q', 'ց' => 'g',
        _ => '\0',
    };
}
