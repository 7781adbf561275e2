using Quickstart;

QuickstartReport.Write(Console.Out);
