namespace Frontdesk.Kiosk;

/// <summary>The kiosk's few sentences, per configured language; the engine's names (lines, branch) are printed as it sends them.</summary>
public static class MessageCatalog
{
    public static readonly KioskTexts English = new(
        Language: "en",
        YourNumber: "Your number",
        PeopleAhead: "People ahead: {0}",
        EstimatedWait: "Estimated wait: about {0} min",
        FollowYourTurn: "Scan to follow your turn",
        DateFormat: "d MMM yyyy, HH:mm",
        ChooseLine: "Touch where you are going",
        ScanBooking: "I have a booking",
        EnterBookingCode: "Scan or type your booking code",
        Go: "Get a number",
        Back: "Back",
        TakeYourTicket: "Take your ticket",
        Unavailable: "The queue service is unavailable. Please see reception.",
        PrinterFault: "The ticket printer is not working. Please see reception.",
        NotPrinted: "Your ticket could not be printed. Please remember your number and see reception.");

    public static readonly KioskTexts Russian = new(
        Language: "ru",
        YourNumber: "Ваш номер",
        PeopleAhead: "Перед вами: {0}",
        EstimatedWait: "Ожидание: около {0} мин",
        FollowYourTurn: "Следите за очередью по QR-коду",
        DateFormat: "dd.MM.yyyy HH:mm",
        ChooseLine: "Выберите, куда вы идёте",
        ScanBooking: "У меня есть запись",
        EnterBookingCode: "Отсканируйте или введите код записи",
        Go: "Получить номер",
        Back: "Назад",
        TakeYourTicket: "Возьмите талон",
        Unavailable: "Электронная очередь недоступна. Пожалуйста, обратитесь в регистратуру.",
        PrinterFault: "Принтер талонов не работает. Пожалуйста, обратитесь в регистратуру.",
        NotPrinted: "Талон не удалось напечатать. Запомните номер и обратитесь в регистратуру.");

    public static KioskTexts For(string language) => language.Trim().ToLowerInvariant() switch
    {
        "en" => English,
        "ru" => Russian,
        _ => throw new KioskConfigurationException($"Kiosk:Language is en or ru (got '{language}')."),
    };
}
