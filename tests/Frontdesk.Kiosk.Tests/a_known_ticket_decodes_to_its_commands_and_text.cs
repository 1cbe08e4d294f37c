using Frontdesk.Kiosk.Engine;
using Frontdesk.Kiosk.Printing;
using Frontdesk.Kiosk.Tests.Infrastructure;

namespace Frontdesk.Kiosk.Tests;

public sealed class a_known_ticket_decodes_to_its_commands_and_text
{
    private static readonly QueueTicket Ticket = SampleTicket.A015;

    private static KioskOptions Options(string language = "ru", int paperWidth = 80) => new()
    {
        Engine = "http://engine.local", BranchId = "b", KioskId = "k", Printer = "file:///tmp/x", Language = language, PaperWidth = paperWidth,
    };

    private static DecodedPrintout Print(QueueTicket ticket, KioskOptions options) =>
        EscPosDecoder.Epson.Decode(new TicketPrintout(options, MessageCatalog.For(options.Language)).Encode(ticket));

    [Fact]
    public void it_starts_with_initialise_and_the_cyrillic_code_page_and_ends_with_a_cut()
    {
        var printout = Print(Ticket, Options());

        Assert.Equal("ESC @", printout.Parts[0].As<EscPosCommand>().Name);
        Assert.Equal(new EscPosCommand("ESC t", [17]).ToString(), printout.Parts[1].ToString());
        Assert.Equal("GS V", printout.Commands[^1].Name);
        Assert.All(printout.Texts, t => Assert.Equal(866, t.CodePage));
    }

    [Fact]
    public void the_number_is_printed_in_double_size_and_nothing_else_is()
    {
        var printout = Print(Ticket, Options());

        Assert.Equal(["A-015"], printout.TextsAtLeast(2, 2));
        Assert.Equal(TicketAlignment.Centre, printout.Texts.Single(t => t.Text == "A-015").Alignment);
    }

    [Fact]
    public void cyrillic_names_round_trip_through_code_page_866()
    {
        var printout = Print(Ticket, Options());
        var texts = printout.Texts.Select(t => t.Text).ToList();

        Assert.Contains("Регистратура", texts);
        Assert.Contains("Клиника на Невском", texts);
        Assert.True(printout.Texts.Single(t => t.Text == "Клиника на Невском").Bold);
        Assert.Equal(2, printout.Texts.Single(t => t.Text == "Регистратура").Height);
        Assert.Contains("Ваш номер", texts);
        Assert.Contains("Перед вами: 3", texts);
        Assert.Contains("Ожидание: около 12 мин", texts);
        Assert.Contains("20.11.2026 09:15", texts);
    }

    [Fact]
    public void the_qr_code_holds_the_status_url_and_is_printed()
    {
        var printout = Print(Ticket, Options());

        Assert.Equal(Ticket.StatusUrl, printout.QrPayload);
        Assert.True(printout.QrPrinted);
        var qrFunctions = printout.Commands.Where(c => c.Name == "GS ( k").Select(c => (char)c.Parameters[1]);
        Assert.Equal("ACEPQ", string.Concat(qrFunctions)); // model, size, error correction, store, print
    }

    [Fact]
    public void english_tickets_print_the_branch_local_time_and_leave_out_an_unknown_wait()
    {
        var printout = Print(Ticket with { EstimatedWaitMinutes = null }, Options("en"));
        var texts = printout.Texts.Select(t => t.Text).ToList();

        Assert.Contains("Your number", texts);
        Assert.Contains("People ahead: 3", texts);
        Assert.Contains("20 Nov 2026, 09:15", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("Estimated wait", StringComparison.Ordinal));
    }

    [Fact]
    public void a_name_from_the_engine_cannot_smuggle_a_command_onto_the_paper()
    {
        var printout = Print(Ticket with { LineName = "Касса\u001dV\u0001\nВторой этаж" }, Options());

        Assert.Single(printout.Commands, c => c.Name == "GS V");
        Assert.Contains("Касса V  Второй этаж", printout.Texts.Select(t => t.Text));
    }

    [Fact]
    public void long_names_wrap_at_words_on_narrow_paper()
    {
        var printout = Print(Ticket with { BranchName = "Клиника эстетической медицины на Невском проспекте" }, Options(paperWidth: 58));

        var branchLines = printout.Texts.Where(t => t.Bold).Select(t => t.Text).ToList();
        Assert.Equal(["Клиника эстетической медицины на", "Невском проспекте"], branchLines);
    }
}
