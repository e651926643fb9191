namespace ProdAI.Rag.Lexical;

/// <summary>
/// The Porter (1980) stemming algorithm for English, as in Lucene's <c>PorterStemFilter</c> and Anserini's default
/// analyser: steps 1a–5b on a lower-case word. Written here because the only .NET implementations come with whole search
/// engines (Lucene.Net is used as the oracle in tests instead).
/// </summary>
public static class PorterStemmer
{
    /// <summary>Stems a lower-case ASCII word; other words (digits, non-ASCII letters, length ≤ 2) are returned as they are.</summary>
    /// <param name="word">The word.</param>
    /// <returns>Its stem.</returns>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2)
        {
            return word;
        }

        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return word;
            }
        }

        var s = new State(word);
        s.Step1Ab();
        if (s.End > 0)
        {
            s.Step1C();
            s.Step2();
            s.Step3();
            s.Step4();
            s.Step5();
        }

        return new string(s.Buffer, 0, s.End + 1);
    }

    private sealed class State(string word)
    {
        public char[] Buffer { get; } = word.ToCharArray();

        public int End { get; private set; } = word.Length - 1; // index of the last character (k)

        private int _j;

        private bool IsConsonant(int i) => Buffer[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        /// <summary>m(): the number of consonant sequences between 0 and j.</summary>
        private int Measure()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > _j)
                {
                    return n;
                }

                if (!IsConsonant(i))
                {
                    break;
                }

                i++;
            }

            i++;
            while (true)
            {
                while (true)
                {
                    if (i > _j)
                    {
                        return n;
                    }

                    if (IsConsonant(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
                n++;
                while (true)
                {
                    if (i > _j)
                    {
                        return n;
                    }

                    if (!IsConsonant(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
            }
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= _j; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private bool DoubleConsonant(int j) => j >= 1 && Buffer[j] == Buffer[j - 1] && IsConsonant(j);

        /// <summary>cvc(i): consonant-vowel-consonant ending at i, the last not w, x or y.</summary>
        private bool Cvc(int i)
        {
            if (i < 2 || !IsConsonant(i) || IsConsonant(i - 1) || !IsConsonant(i - 2))
            {
                return false;
            }

            return Buffer[i] is not ('w' or 'x' or 'y');
        }

        private bool Ends(string suffix)
        {
            var length = suffix.Length;
            if (length > End + 1)
            {
                return false;
            }

            var offset = End - length + 1;
            for (var i = 0; i < length; i++)
            {
                if (Buffer[offset + i] != suffix[i])
                {
                    return false;
                }
            }

            _j = End - length;
            return true;
        }

        private void SetTo(string replacement)
        {
            for (var i = 0; i < replacement.Length; i++)
            {
                Buffer[_j + 1 + i] = replacement[i];
            }

            End = _j + replacement.Length;
        }

        private void ReplaceIfMeasured(string replacement)
        {
            if (Measure() > 0)
            {
                SetTo(replacement);
            }
        }

        public void Step1Ab()
        {
            if (Buffer[End] == 's')
            {
                if (Ends("sses"))
                {
                    End -= 2;
                }
                else if (Ends("ies"))
                {
                    SetTo("i");
                }
                else if (End >= 1 && Buffer[End - 1] != 's')
                {
                    End--;
                }
            }

            if (Ends("eed"))
            {
                if (Measure() > 0)
                {
                    End--;
                }
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                End = _j;
                if (Ends("at"))
                {
                    SetTo("ate");
                }
                else if (Ends("bl"))
                {
                    SetTo("ble");
                }
                else if (Ends("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleConsonant(End))
                {
                    End--;
                    if (Buffer[End] is 'l' or 's' or 'z')
                    {
                        End++;
                    }
                }
                else if (Measure() == 1 && Cvc(End))
                {
                    SetTo("e");
                }
            }
        }

        public void Step1C()
        {
            if (Ends("y") && VowelInStem())
            {
                Buffer[End] = 'i';
            }
        }

        public void Step2()
        {
            if (End == 0)
            {
                return;
            }

            switch (Buffer[End - 1])
            {
                case 'a':
                    if (Ends("ational")) { ReplaceIfMeasured("ate"); break; }
                    if (Ends("tional")) { ReplaceIfMeasured("tion"); }
                    break;
                case 'c':
                    if (Ends("enci")) { ReplaceIfMeasured("ence"); break; }
                    if (Ends("anci")) { ReplaceIfMeasured("ance"); }
                    break;
                case 'e':
                    if (Ends("izer")) { ReplaceIfMeasured("ize"); }
                    break;
                case 'l':
                    if (Ends("bli")) { ReplaceIfMeasured("ble"); break; }
                    if (Ends("alli")) { ReplaceIfMeasured("al"); break; }
                    if (Ends("entli")) { ReplaceIfMeasured("ent"); break; }
                    if (Ends("eli")) { ReplaceIfMeasured("e"); break; }
                    if (Ends("ousli")) { ReplaceIfMeasured("ous"); }
                    break;
                case 'o':
                    if (Ends("ization")) { ReplaceIfMeasured("ize"); break; }
                    if (Ends("ation")) { ReplaceIfMeasured("ate"); break; }
                    if (Ends("ator")) { ReplaceIfMeasured("ate"); }
                    break;
                case 's':
                    if (Ends("alism")) { ReplaceIfMeasured("al"); break; }
                    if (Ends("iveness")) { ReplaceIfMeasured("ive"); break; }
                    if (Ends("fulness")) { ReplaceIfMeasured("ful"); break; }
                    if (Ends("ousness")) { ReplaceIfMeasured("ous"); }
                    break;
                case 't':
                    if (Ends("aliti")) { ReplaceIfMeasured("al"); break; }
                    if (Ends("iviti")) { ReplaceIfMeasured("ive"); break; }
                    if (Ends("biliti")) { ReplaceIfMeasured("ble"); }
                    break;
                case 'g':
                    if (Ends("logi")) { ReplaceIfMeasured("log"); }
                    break;
            }
        }

        public void Step3()
        {
            switch (Buffer[End])
            {
                case 'e':
                    if (Ends("icate")) { ReplaceIfMeasured("ic"); break; }
                    if (Ends("ative")) { ReplaceIfMeasured(string.Empty); break; }
                    if (Ends("alize")) { ReplaceIfMeasured("al"); }
                    break;
                case 'i':
                    if (Ends("iciti")) { ReplaceIfMeasured("ic"); }
                    break;
                case 'l':
                    if (Ends("ical")) { ReplaceIfMeasured("ic"); break; }
                    if (Ends("ful")) { ReplaceIfMeasured(string.Empty); }
                    break;
                case 's':
                    if (Ends("ness")) { ReplaceIfMeasured(string.Empty); }
                    break;
            }
        }

        public void Step4()
        {
            if (End == 0)
            {
                return;
            }

            var matched = Buffer[End - 1] switch
            {
                'a' => Ends("al"),
                'c' => Ends("ance") || Ends("ence"),
                'e' => Ends("er"),
                'i' => Ends("ic"),
                'l' => Ends("able") || Ends("ible"),
                'n' => Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"),
                'o' => (Ends("ion") && _j >= 0 && Buffer[_j] is 's' or 't') || Ends("ou"),
                's' => Ends("ism"),
                't' => Ends("ate") || Ends("iti"),
                'u' => Ends("ous"),
                'v' => Ends("ive"),
                'z' => Ends("ize"),
                _ => false,
            };

            if (matched && Measure() > 1)
            {
                End = _j;
            }
        }

        public void Step5()
        {
            _j = End;
            if (Buffer[End] == 'e')
            {
                var a = Measure();
                if (a > 1 || (a == 1 && !Cvc(End - 1)))
                {
                    End--;
                }
            }

            // As in the reference implementation, m() here still measures up to the position before the 'e' was dropped.
            if (Buffer[End] == 'l' && DoubleConsonant(End) && Measure() > 1)
            {
                End--;
            }
        }
    }
}
