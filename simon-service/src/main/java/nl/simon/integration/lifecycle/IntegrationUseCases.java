package nl.simon.integration.lifecycle;

import nl.simon.integration.log.ReadIntegrationLog;

/** The integration's use cases together, as the web and API adapters both need all of them. */
public record IntegrationUseCases(
        ShowIntegration show,
        PreviewWipe previewWipe,
        WipeSimonData wipe,
        ConnectFactuurSturen connect,
        CheckProduct checkProduct,
        SaveSettings saveSettings,
        ActivateIntegration activate,
        DeactivateIntegration deactivate,
        SyncNow syncNow,
        ReadIntegrationLog readLog) {}
