global using Frontdesk.Silo;
