namespace ProdAI.Guardrails.Pii;

/// <summary>Finds one or more kinds of entities in a text. Add your own to <see cref="PiiDetectorOptions.Recognizers"/>.</summary>
public interface IPiiRecognizer
{
    /// <summary>Finds candidate entities; overlaps between recognisers are resolved by <see cref="PiiDetector"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="results">Where to add the entities found.</param>
    void Recognize(string text, List<PiiEntity> results);
}
