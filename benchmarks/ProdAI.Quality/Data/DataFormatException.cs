namespace ProdAI.Quality.Data;

/// <summary>The input data is missing, unreadable or not in the suite's format; the message names the file and line.</summary>
internal sealed class DataFormatException(string message) : Exception(message);
